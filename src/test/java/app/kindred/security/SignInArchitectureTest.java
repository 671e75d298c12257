package app.kindred.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;

/** The second factor can not be skipped by code that forgets to check it. */
class SignInArchitectureTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.kindred");

    @Test
    void only_the_second_step_service_completes_a_sign_in() {
        noClasses().that().doNotHaveFullyQualifiedName("app.kindred.clinic.SecondStepService")
                .and().doNotHaveFullyQualifiedName(SignInCompletion.class.getName())
                .should().callMethod(SignInCompletion.class, "complete")
                .check(APP);
    }

    @Test
    void only_the_sign_in_classes_make_a_pending_sign_in() {
        noClasses().that().doNotHaveFullyQualifiedName(TwoFactorSuccessHandler.class.getName())
                .should().callConstructor(PendingSignIn.class, Authentication.class,
                        SecondFactorGate.Step.class, String.class)
                .check(APP);
    }
}
