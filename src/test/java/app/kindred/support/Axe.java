package app.kindred.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core's WCAG 2.1 A and AA rules run on the page once it has settled. A serious or critical
 * violation fails the test with everything needed to find it: rule, impact, help and the failing
 * elements (a shadow-DOM target reads host >> element).
 */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** Enough failing elements per rule to see the pattern without burying the other rules. */
    private static final int MAX_NODES = 8;

    private Axe() {
    }

    /** Fails when axe finds a serious or critical violation; {@code where} names the screen in the message. */
    public static AxeResults assertNoSeriousViolations(Page page, String where) {
        Browser.settle(page);
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.isErrored()).as("axe-core failed to run on %s: %s", where, results.getErrorMessage())
                .isFalse();
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        List<Rule> minor = results.getViolations().stream().filter(rule -> !BLOCKING.contains(rule.getImpact()))
                .toList();
        if (!minor.isEmpty()) {
            // Moderate and minor findings do not fail the build; printed so they are not lost either.
            System.out.println("axe on " + where + ", moderate or minor:\n" + describe(minor));
        }
        if (!blocking.isEmpty()) {
            throw new AssertionError(where + " has accessibility violations:\n" + describe(blocking));
        }
        return results;
    }

    /** Whether axe checked elements inside a shadow root: their target is a list of selectors (host, element). */
    public static boolean checkedInsideShadowRoots(AxeResults results) {
        return results.getPasses().stream().flatMap(rule -> rule.getNodes().stream())
                .anyMatch(node -> node.getTarget() instanceof List<?> target
                        && target.stream().anyMatch(part -> part instanceof List<?> path && path.size() > 1));
    }

    private static String describe(List<Rule> rules) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
            List<CheckedNode> nodes = rule.getNodes();
            for (CheckedNode node : nodes.subList(0, Math.min(nodes.size(), MAX_NODES))) {
                text.append("    ").append(target(node.getTarget())).append("\n      ")
                        .append(String.valueOf(node.getFailureSummary()).replace("\n", "\n      ")).append("\n");
            }
            if (nodes.size() > MAX_NODES) {
                text.append("    … and ").append(nodes.size() - MAX_NODES).append(" more elements\n");
            }
        }
        return text.toString();
    }

    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Axe::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }
}
