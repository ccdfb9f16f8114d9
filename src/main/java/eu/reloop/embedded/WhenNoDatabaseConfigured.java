package eu.reloop.embedded;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Applies when {@code spring.datasource.url} is not set: ReLoop then runs its own PostgreSQL, and the
 * demo data that comes with it. Never true in production, where the URL is configured.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public @interface WhenNoDatabaseConfigured {
}
