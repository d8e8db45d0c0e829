package io.lotline.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Tells a request the API refuses apart from one it does not have: the security rules deny anything they do not
 * grant, and a POST to a misspelt path must answer 404 (or 405 for a wrong method), not "your role does not permit".
 */
@Component
public class KnownApiPaths {
    enum Match { HANDLED, NO_SUCH_PATH, WRONG_METHOD }

    private final ObjectProvider<HandlerMapping> controllers;

    KnownApiPaths(@Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
        this.controllers = controllers;
    }

    /** The detail of a 404 for an API path no endpoint has, whichever layer answers it. */
    public static String noSuchPath(HttpServletRequest request) {
        return "There is no API endpoint " + request.getRequestURI() + ".";
    }

    /** The detail of a 405 for an API path that does not take the request's method. */
    public static String wrongMethod(HttpServletRequest request) {
        return request.getRequestURI() + " does not take " + request.getMethod() + ".";
    }

    Match match(HttpServletRequest request) {
        try {
            return controllers.getObject().getHandler(request) == null ? Match.NO_SUCH_PATH : Match.HANDLED;
        } catch (HttpRequestMethodNotSupportedException e) {
            return Match.WRONG_METHOD;
        } catch (Exception e) {
            return Match.HANDLED; // e.g. a media type no mapping takes: leave the refusal as it is
        }
    }
}
