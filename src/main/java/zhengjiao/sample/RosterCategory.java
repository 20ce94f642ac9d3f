package zhengjiao.sample;

/** The roster's 人员类别: empty for most people, a special group, or 新生儿 (new constants go last: ordinals are stored). */
enum RosterCategory {
    NONE(""),
    NEWBORN("新生儿"),
    DIBAO("低保"),
    TEKUN("特困"),
    FANPIN("返贫致贫"),
    MONITORED("监测对象"),
    SEVERE_DISABILITY("重度残疾"),
    VETERAN("优抚对象"),
    /** 鱼台: pays 100 of 380 (280 from the medical-assistance fund). */
    LOW_EDGE("低保边缘"),
    /** 峄城: 享受政策贫困人口, whose pension the government pays. */
    POOR("脱贫户");

    private static final RosterCategory[] VALUES = values();

    private final String text;

    RosterCategory(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    static RosterCategory of(int ordinal) {
        return VALUES[ordinal];
    }
}
