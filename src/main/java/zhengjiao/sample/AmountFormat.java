package zhengjiao.sample;

/** How an amount in yuan is written in a CSV dump: 350, 350.00 or 350.0. */
enum AmountFormat {
    PLAIN, TWO_DECIMALS, ONE_DECIMAL;

    String format(int yuan) {
        return switch (this) {
            case PLAIN -> Integer.toString(yuan);
            case TWO_DECIMALS -> yuan + ".00";
            case ONE_DECIMAL -> yuan + ".0";
        };
    }
}
