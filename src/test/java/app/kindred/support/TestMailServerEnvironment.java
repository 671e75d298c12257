package app.kindred.support;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context's mail sender at the JVM's one {@link TestMailServer}, so mail tests
 * need no context of their own (one cached context keeps the suite fast).
 */
public class TestMailServerEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        env.getPropertySources().addFirst(new MapPropertySource("testMailServer", TestMailServer.springProperties()));
    }
}
