package zhengjiao.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in the capital numerals of Chinese financial documents (大写): 38730.50 → 叁万捌仟柒佰叁拾元伍角整. */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] UNITS = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    /** The amount in 大写, with 元, 角, 分 and 整 as financial forms write them; negative amounts start with 负. */
    public static String of(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = a.signum() < 0 ? "负" : "";
        a = a.abs();
        long yuan = a.longValue();
        int fen = a.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValue();
        StringBuilder sb = new StringBuilder(sign);
        if (yuan > 0) {
            sb.append(integer(yuan)).append('元');
        }
        int jiao = fen / 10;
        int cent = fen % 10;
        if (fen == 0) {
            if (yuan == 0) {
                sb.append("零元");
            }
            return sb.append('整').toString();
        }
        if (jiao > 0) {
            sb.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            sb.append('零');
        }
        if (cent > 0) {
            sb.append(DIGITS.charAt(cent)).append('分');
        } else {
            sb.append('整');
        }
        return sb.toString();
    }

    private static String integer(long n) {
        StringBuilder out = new StringBuilder();
        int group = 0;
        boolean zero = false;
        while (n > 0) {
            int part = (int) (n % 10000);
            if (part > 0) {
                String text = fourDigits(part) + GROUPS[group];
                if (zero) {
                    text = text + "零";
                }
                out.insert(0, text);
                zero = part < 1000;
            } else {
                zero = out.length() > 0;
            }
            n /= 10000;
            group++;
        }
        String s = out.toString();
        while (s.endsWith("零")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.startsWith("零") ? s.substring(1) : s;
    }

    private static String fourDigits(int n) {
        StringBuilder sb = new StringBuilder();
        boolean zero = false;
        for (int i = 3; i >= 0; i--) {
            int d = (n / (int) Math.pow(10, i)) % 10;
            if (d == 0) {
                zero = sb.length() > 0;
            } else {
                if (zero) {
                    sb.append('零');
                    zero = false;
                }
                sb.append(DIGITS.charAt(d)).append(UNITS[i]);
            }
        }
        return sb.toString();
    }
}
