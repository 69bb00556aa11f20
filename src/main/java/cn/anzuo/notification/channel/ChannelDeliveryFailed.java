package cn.anzuo.notification.channel;

/** A channel refused or did not answer a message: an HTTP error, or a platform error code. */
public class ChannelDeliveryFailed extends RuntimeException {

    public ChannelDeliveryFailed(String message) {
        super(message);
    }

    public ChannelDeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
