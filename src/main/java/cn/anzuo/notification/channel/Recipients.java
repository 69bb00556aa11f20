package cn.anzuo.notification.channel;

/** How a delivery's recipient is shown: a phone as ****1234, an address as z***@plant.example. */
final class Recipients {

    private Recipients() {}

    static String mask(String recipient) {
        if (recipient == null) {
            return null;
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        return LoggingSmsSender.mask(recipient);
    }
}
