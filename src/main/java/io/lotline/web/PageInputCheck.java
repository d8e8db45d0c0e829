package io.lotline.web;

import io.lotline.traceability.InvalidInputException;
import io.lotline.web.TextField.Kind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Page forms get the same control-character rule as API bodies before any controller reads them: a text area may hold
 * tab and line breaks, the scan form a GS1 group separator, nothing else. The refusal is a 422 page naming the field.
 */
@Configuration
public class PageInputCheck implements WebMvcConfigurer, HandlerInterceptor {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Kind kind = request.getRequestURI().endsWith("/scan") ? Kind.GS1_ELEMENT_STRING : Kind.MULTI_LINE;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                int forbidden = StrictJson.firstForbidden(value, kind);
                if (forbidden >= 0) {
                    throw new InvalidInputException(parameter.getKey(),
                            StrictJson.controlCharacter(forbidden) + "; remove it and submit again");
                }
            }
        }
        return true;
    }
}
