package app.kindred;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The package-by-feature rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.kindred");

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(APP);
    }

    @Test
    void a_repository_is_used_only_inside_its_own_feature_package() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(new ArchCondition<JavaClass>("be accessed only from their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                                .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                })
                .check(APP);
    }

    @Test
    void features_have_no_dependency_cycles() {
        slices().matching("app.kindred.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void every_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(APP);
    }

    @Test
    void views_never_call_the_unchecked_system_methods() {
        noClasses().that().resideInAPackage("..ui..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a *ForSystem method", call -> call.getTarget().getName().endsWith("ForSystem")))
                .check(APP);
    }

    @Test
    void only_the_workspace_uses_the_reports() {
        noClasses().that().resideOutsideOfPackages("app.kindred.report..", "app.kindred.workspace..")
                .should().dependOnClassesThat().resideInAPackage("app.kindred.report..")
                .check(APP);
    }

    /** Erasing is one explicit, confirmed and audited action, never a side effect of another one. */
    @Test
    void only_the_privacy_feature_runs_the_erasure_steps() {
        Set<String> steps = Set.of("erasePartners", "eraseTextsOfCouple", "closeForErasure",
                "redactCoupleEvents");
        noClasses().that().resideOutsideOfPackage("app.kindred.privacy")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an erasure step", call -> steps.contains(call.getTarget().getName())))
                .check(APP);
    }

    @Test
    void the_questionnaire_does_not_depend_on_invitations() {
        noClasses().that().resideInAPackage("app.kindred.questionnaire..")
                .should().dependOnClassesThat().resideInAPackage("app.kindred.invitation..")
                .check(APP);
    }
}
