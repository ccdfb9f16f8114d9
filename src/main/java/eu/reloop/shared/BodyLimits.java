package eu.reloop.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a request body larger than its path takes ({@link BodyLimitProperties}) with 413, before anything reads
 * it: a declared length is checked first, and a body of no declared length (chunked) is read through a stream that
 * stops one byte past the limit. API paths answer as a problem ({@link ApiProblems}), the rest with the error page.
 */
@Component
// Only where there is a web server: the --create-admin command runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class BodyLimits extends OncePerRequestFilter {

    private final BodyLimitProperties limits;
    private final HandlerExceptionResolver problems;

    BodyLimits(BodyLimitProperties limits, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPath.of(request);
        long limit = limits.limitOf(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, path, new BodyTooLargeException(limit));
            return;
        }
        if (declared >= 0 || HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
            // The server itself holds a body to its declared length; a GET's body is never read.
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limit), response);
        } catch (IOException | ServletException failed) {
            // The API answers this itself; a page request that read too far ends here.
            if (!(NestedExceptionUtils.getMostSpecificCause(failed) instanceof BodyTooLargeException tooLarge)
                    || response.isCommitted()) {
                throw failed;
            }
            response.reset();
            refuse(request, response, path, tooLarge);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, BodyTooLargeException tooLarge)
            throws IOException {
        // The rest of the body is not wanted: the connection closes instead of being read to its end.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        if (RequestPath.isApi(path)) {
            problems.resolveException(request, response, null, tooLarge);
        } else {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
        // Sent at once, so that the client learns it while it is still sending.
        response.flushBuffer();
    }

    /** A request whose body can be read only up to the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream body;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Reads at most one byte past the limit from the stream, then refuses. */
    static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        BoundedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = in.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
