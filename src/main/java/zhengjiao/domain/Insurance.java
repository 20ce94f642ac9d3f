package zhengjiao.domain;


/** The insurances a payment dump mixes. A campaign counts one of them. */
public enum Insurance {
    /** 城乡居民基本医疗保险, 居民医保. */
    RESIDENT_MEDICAL("城乡居民基本医疗保险"),
    /** 城乡居民基本养老保险, 居民养老. */
    RESIDENT_PENSION("城乡居民基本养老保险"),
    /** Anything else: 职工医保, 失业保险, ... */
    OTHER("其他险种");

    private final String label;

    Insurance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Classifies the 险种 text of a dump row or of the settings; blank text gives null. */
    public static Insurance classify(String text) {
        if (text == null) {
            return null;
        }
        String t = PlaceNames.clean(text);
        if (t.isEmpty()) {
            return null;
        }
        if (t.contains("职工")) {
            return OTHER;
        }
        if (t.contains("养老")) {
            return RESIDENT_PENSION;
        }
        if (t.contains("医疗") || t.contains("医保")) {
            return RESIDENT_MEDICAL;
        }
        return OTHER;
    }
}
