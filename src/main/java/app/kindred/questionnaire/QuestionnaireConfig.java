package app.kindred.questionnaire;

import app.kindred.questionnaire.scoring.FlagEvaluator;
import app.kindred.questionnaire.scoring.Scorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The instrument files are loaded and validated once, at start-up: a broken file stops the app. */
@Configuration(proxyBeanMethods = false)
class QuestionnaireConfig {

    @Bean
    InstrumentRegistry instrumentRegistry() {
        return InstrumentRegistry.loadDefault();
    }

    @Bean
    Scorer scorer() {
        return new Scorer();
    }

    @Bean
    FlagEvaluator flagEvaluator() {
        return new FlagEvaluator();
    }
}
