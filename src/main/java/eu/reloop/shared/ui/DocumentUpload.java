package eu.reloop.shared.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload for documents and photos that the server reads with a size limit: at most one byte more than
 * the limit, so that an oversized upload cannot fill the memory. Each file goes to {@code attach} (with
 * the UI locked), whose service decides what is accepted; the list beside the upload shows what was
 * kept, so the upload's own list is cleared after each file.
 */
public class DocumentUpload extends Upload {

    /** What the browser offers for a photo: JPEG and PNG, as the services accept by content. */
    private static final String[] PHOTO_TYPES = {"image/jpeg", "image/png", ".jpg", ".jpeg", ".png"};

    /**
     * @param acceptedTypes MIME types and extensions the browser offers (the service checks content)
     * @param dropLabel the text beside the button
     * @param rejectedMessage what to tell when the browser refuses a file (its name is the argument)
     */
    public DocumentUpload(long maxBytes, String[] acceptedTypes, String dropLabel,
            SerializableFunction<String, String> rejectedMessage, SerializableBiConsumer<String, byte[]> attach) {
        setUploadHandler(new BoundedHandler(maxBytes, (fileName, content) -> {
            attach.accept(fileName, content);
            clearFileList();
        }));
        setAcceptedFileTypes(acceptedTypes);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        setDropLabel(new Span(dropLabel));
        addFileRejectedListener(rejected -> Feedback.error(rejectedMessage.apply(rejected.getFileName())));
    }

    /** An upload of photos, JPEG or PNG; the service checks each one's content. */
    public static DocumentUpload forPhotos(long maxBytes, String dropLabel,
            SerializableFunction<String, String> rejectedMessage, SerializableBiConsumer<String, byte[]> attach) {
        return new DocumentUpload(maxBytes, PHOTO_TYPES.clone(), dropLabel, rejectedMessage, attach);
    }

    private static final class BoundedHandler implements UploadHandler {

        private final int maxBytes;
        private final SerializableBiConsumer<String, byte[]> attach;

        BoundedHandler(long maxBytes, SerializableBiConsumer<String, byte[]> attach) {
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
}
