package org.netradiomics.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UniqueIdentifierAttribute;

/** Small PixelMed building blocks the DICOM writers share: attributes with values, one-item sequences, SOP references. */
final class DicomItems {
    private DicomItems() {}

    /** Adds attribute {@code a} with {@code values} to {@code list}. */
    static void put(AttributeList list, Attribute a, String... values) throws DicomException {
        for (String v : values) {
            a.addValue(v);
        }
        list.put(a);
    }

    /** A sequence of one item. */
    static SequenceAttribute wrap(AttributeTag tag, AttributeList item) {
        SequenceAttribute seq = new SequenceAttribute(tag);
        seq.addItem(item);
        return seq;
    }

    /** An item with Referenced SOP Class and Instance UIDs. */
    static AttributeList sopReference(String sopClass, String sopInstance) throws DicomException {
        AttributeList ref = new AttributeList();
        put(ref, new UniqueIdentifierAttribute(TagFromName.ReferencedSOPClassUID), sopClass);
        put(ref, new UniqueIdentifierAttribute(TagFromName.ReferencedSOPInstanceUID), sopInstance);
        return ref;
    }

    /** Copies the attributes named in {@code names} (those present) from the series' first header into {@code list}. */
    static void copyFromSource(AttributeList list, DicomSeries source, String... names) {
        for (String name : names) {
            Attribute a = source.firstHeader().attributes().get(AttributeList.getDictionary().getTagFromName(name));
            if (a != null) {
                list.put(a);
            }
        }
    }
}
