package dev.newsgraph.reading;

/** A whole input cannot be read at all; the message names the input and what is wrong. */
public final class BadInputException extends Exception {
    private final String input;

    public BadInputException(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public String input() {
        return input;
    }
}
