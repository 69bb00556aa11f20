package cn.anzuo.qualification.web;

import java.util.UUID;

/**
 * A revoke or verify form on the worker page that was refused: the page is shown again with the
 * message beside the field of that certificate's form, and what the user typed.
 */
public record FailedAction(UUID certificateId, String action, String field, String message, String input) {

    public boolean concerns(UUID certificate) {
        return certificateId.equals(certificate);
    }

    public boolean is(UUID certificate, String formAction) {
        return certificateId.equals(certificate) && action.equals(formAction);
    }
}
