package eu.reloop.shared.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives one uploaded file: reads at most one byte more than the size limit, so that an oversized
 * upload cannot fill the memory, and hands the name and bytes to the view (with the UI locked). The
 * service the view calls decides what is accepted; the limit here only protects the server.
 */
public final class BoundedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> attach;

    public BoundedUploadHandler(long maxBytes, SerializableBiConsumer<String, byte[]> attach) {
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, maxBytes);
        this.attach = attach;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> attach.accept(fileName, content));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes + 1L;
    }
}
