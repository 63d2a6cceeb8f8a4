package cn.gov.hlj.consumptionaid.bulletin;

/**
 * The sections of a bulletin an editor writes, printed after the figures: 工作动态, 典型经验做法, 存在问题, 下步工作.
 * Blank sections are left out of the document.
 */
public record Narrative(String workNews, String experiences, String problems, String nextSteps) {

    /** The most a section may hold (the column size). */
    public static final int MAX_LENGTH = 2000;

    public static final Narrative EMPTY = new Narrative(null, null, null, null);

    public Narrative {
        workNews = clean(workNews);
        experiences = clean(experiences);
        problems = clean(problems);
        nextSteps = clean(nextSteps);
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var trimmed = text.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new BulletinException("bulletin.error.narrative-too-long", MAX_LENGTH);
        }
        return trimmed;
    }
}
