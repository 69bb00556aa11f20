package cn.anzuo.notification.channel;

/** The port to an SMTP server. Throws {@link ChannelDeliveryFailed} when the message is not accepted. */
public interface EmailSender {

    void send(String address, String subject, String text);

    /**
     * Whether this node can send e-mail at all. A node without SMTP leaves e-mail deliveries to the nodes that have it
     * instead of failing them (every node's delivery job reads the same table).
     */
    boolean enabled();
}
