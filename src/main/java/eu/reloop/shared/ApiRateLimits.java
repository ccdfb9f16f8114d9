package eu.reloop.shared;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The public API's rate limit: a token bucket (Bucket4j) per client address, in this instance's memory, in a cache
 * of bounded size. A request past it is answered 429 with {@code Retry-After}, as a problem ({@link ApiProblems}),
 * before anything else runs. Why in memory: {@code docs/decisions/api-rate-limits-in-memory.md}.
 */
@Component
// Only where there is a web server: the --create-admin command runs without one.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRateLimits extends OncePerRequestFilter {

    private final RateLimitProperties.Api limits;
    private final HandlerExceptionResolver problems;
    private final Cache<String, Bucket> buckets;

    ApiRateLimits(RateLimitProperties properties,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.limits = properties.api();
        this.problems = problems;
        // A bucket unused for a whole refill period is full again: forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(limits.maxClients()).expireAfterAccess(limits.refillPeriod())
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = RequestPath.of(request);
        return !(RequestPath.isApi(path) || path.startsWith("/.well-known/")) || limits.exemptPaths().contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe taken = take(ClientAddress.of(request.getRemoteAddr()));
        if (taken.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(taken.getNanosToWaitForRefill()).plusMillis(999).toSeconds());
        problems.resolveException(request, response, null, new TooManyRequestsException(seconds));
    }

    /** One request from the client's bucket. */
    ConsumptionProbe take(String client) {
        return buckets.get(client, unseen -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.capacity()).refillGreedy(limits.capacity(), limits.refillPeriod()))
                .build()).tryConsumeAndReturnRemaining(1);
    }
}
