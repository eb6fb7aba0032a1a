package io.ignis.runtime.cluster;

import org.apache.ignite.IgniteLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ignite's logging sent to SLF4J. Not "quiet" in Ignite's sense, so Ignite writes its banner and
 * topology lines through the logger (and the user's SLF4J level hides them) instead of to stdout.
 */
final class Slf4jIgniteLogger implements IgniteLogger {
    private final Logger logger;

    Slf4jIgniteLogger() {
        this(LoggerFactory.getLogger("org.apache.ignite"));
    }

    private Slf4jIgniteLogger(Logger logger) {
        this.logger = logger;
    }

    @Override
    public IgniteLogger getLogger(Object category) {
        String name = category instanceof Class<?> type ? type.getName() : String.valueOf(category);
        return new Slf4jIgniteLogger(LoggerFactory.getLogger(name));
    }

    @Override
    public void trace(String message) {
        logger.trace(message);
    }

    @Override
    public void debug(String message) {
        logger.debug(message);
    }

    @Override
    public void info(String message) {
        logger.info(message);
    }

    @Override
    public void warning(String message, Throwable error) {
        logger.warn(message, error);
    }

    @Override
    public void error(String message, Throwable error) {
        logger.error(message, error);
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isInfoEnabled();
    }

    @Override
    public boolean isQuiet() {
        return false;
    }

    @Override
    public String fileName() {
        return null;
    }
}
