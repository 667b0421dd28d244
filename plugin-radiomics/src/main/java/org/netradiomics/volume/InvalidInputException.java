package org.netradiomics.volume;

/**
 * An input the engine cannot work with (unreadable file, empty mask, grids that do not match, a setting out of
 * range). The message names the problem in words a radiologist or researcher can act on.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
