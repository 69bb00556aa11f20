package cn.anzuo.notification.channel;

/** The port to an SMTP server. Throws {@link ChannelDeliveryFailed} when the message is not accepted. */
public interface EmailSender {

    void send(String address, String subject, String text);
}
