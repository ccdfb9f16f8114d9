package eu.reloop;

/** Base of the browser journeys against the application of the shared test context. */
@IntegrationTest
public abstract class BrowserTest extends BrowserSession {
}
