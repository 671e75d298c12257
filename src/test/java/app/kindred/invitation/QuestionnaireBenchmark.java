package app.kindred.invitation;

import app.kindred.Application;
import app.kindred.couple.PartnerLabel;
import app.kindred.support.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole app on the embedded MariaDB and measures what a client feels: time to first
 * render of {@code /q/{token}} (headless Chromium, phone viewport), the server time to save one
 * answer (target p95 &lt; 20 ms) and complete submissions per second (target ≥ 50/s on 2 cores).
 * Not a test: run it with the command in docs/PERFORMANCE.md.
 */
public final class QuestionnaireBenchmark {

    private static final int COUPLES = 200;
    private static final int WARM_UP_INVITATIONS = 40;
    private static final int SUBMIT_THREADS = 4;
    private static final int RENDERS = 12;

    private QuestionnaireBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // System properties outrank the test configuration file, which would otherwise share target/test-data.
        System.setProperty("kindred.data-dir", "target/benchmark-data");
        System.setProperty("kindred.embedded-db.fresh", "true");
        System.setProperty("logging.level.root", "warn");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0").run();
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        InvitationFixtures fixtures = new InvitationFixtures(app);
        InvitationService invitations = app.getBean(InvitationService.class);
        ClientInvitationService clients = app.getBean(ClientInvitationService.class);
        fixtures.signIn();

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < COUPLES + RENDERS; i++) {
            for (IssuedInvitation issued : invitations.inviteBoth(fixtures.coupleWithSession(null, null).sessionId())) {
                tokens.add(InvitationFixtures.tokenOf(issued.link()));
            }
        }
        List<String> renderTokens = tokens.subList(tokens.size() - RENDERS, tokens.size());
        List<String> answered = tokens.subList(0, tokens.size() - 2 * RENDERS);

        long[] saves = saveAllAnswers(fixtures, clients, answered);
        Arrays.sort(saves);
        System.out.printf("save one answer (server, %,d saves after warm-up): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms%n", saves.length, ms(saves, 0.50), ms(saves, 0.95), ms(saves, 0.99),
                saves[saves.length - 1] / 1e6);

        List<String> warmUp = answered.subList(0, WARM_UP_INVITATIONS);
        List<String> measured = answered.subList(WARM_UP_INVITATIONS, answered.size());
        submitAll(clients, warmUp);
        long start = System.nanoTime();
        int submitted = submitAll(clients, measured);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("complete submissions: %d in %.2f s with %d threads = %.0f per second%n", submitted, seconds,
                SUBMIT_THREADS, submitted / seconds);

        double[] renders = firstRenders(port, renderTokens);
        double[] warm = Arrays.copyOfRange(renders, 1, renders.length);
        Arrays.sort(warm);
        System.out.printf("first render of /q/{token} (phone viewport, new browser context each): cold %.0f ms;"
                + " then median %.0f ms, worst %.0f ms over %d%n", renders[0], warm[warm.length / 2],
                warm[warm.length - 1], warm.length);
        app.close();
        System.exit(0);
    }

    private static long[] saveAllAnswers(InvitationFixtures fixtures, ClientInvitationService clients,
            List<String> tokens) {
        List<String> codes = new ArrayList<>(fixtures.itemCodes());
        codes.add(fixtures.closenessCode());
        List<Long> times = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            for (int i = 0; i < codes.size(); i++) {
                int value = i == codes.size() - 1 ? 5 : 1 + (t + i) % 7;
                long start = System.nanoTime();
                clients.saveAnswer(tokens.get(t), codes.get(i), value);
                if (t >= WARM_UP_INVITATIONS) {
                    times.add(System.nanoTime() - start);
                }
            }
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private static int submitAll(ClientInvitationService clients, List<String> tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SUBMIT_THREADS);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String token : tokens) {
                futures.add(pool.submit(() -> {
                    if (clients.submit(token) == SubmitOutcome.SUBMITTED) {
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }

    private static double[] firstRenders(int port, List<String> tokens) {
        double[] millis = new double[tokens.size()];
        try (Browser browser = new Browser()) {
            for (int i = 0; i < tokens.size(); i++) {
                BrowserContext context = browser.newContext(390, 844);
                Page page = context.newPage();
                long start = System.nanoTime();
                page.navigate("http://localhost:" + port + "/q/" + tokens.get(i));
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome")).waitFor();
                millis[i] = (System.nanoTime() - start) / 1e6;
                context.close();
            }
        }
        return millis;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
