package cn.anzuo.notification.channel;

/** The port to an SMS gateway (短信). Throws {@link ChannelDeliveryFailed} when a message is refused. */
public interface SmsSender {

    void send(String phoneNumber, String text);
}
