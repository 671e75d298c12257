package app.kindred.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Declares every page English, the language all of Kindred's text is written in. Left to itself,
 * Vaadin takes the server's default locale for {@code <html lang>}, so on a server set to German
 * a screen reader would read the English text with German pronunciation (WCAG 3.1.1).
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", "en"));
    }
}
