package app.kindred.invitation.ui;

import app.kindred.support.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The client's questionnaire as a person sees it: questions by their text, choices by their words. */
final class QuestionnairePage {

    private final Page page;

    QuestionnairePage(Page page) {
        this.page = page;
    }

    Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    Locator question(String text) {
        return page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(text));
    }

    Locator choice(String question, String label) {
        return question(question).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label)
                .setExact(true));
    }

    void choose(String question, String label) {
        choice(question, label).check();
        Browser.waitForVaadin(page);
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A row of the review: the question with the answer given (or "Not answered yet"). */
    Locator reviewed(String question) {
        return page.locator("vaadin-horizontal-layout").filter(new Locator.FilterOptions()
                .setHas(page.getByText(question, new Page.GetByTextOptions().setExact(true))));
    }

    void press(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
        Browser.waitForVaadin(page);
    }
}
