package zhengjiao.sample;

import java.util.SplittableRandom;

/**
 * Invented Chinese personal names, packed into an {@code int}: surname index (bits 20-27), first given character
 * (bits 10-19) and second given character (bits 0-9), each given index stored plus one so that 0 means none.
 * Every character is in GBK.
 */
final class NameBook {

    private static final String[] SURNAMES = split(
            "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董肖程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶闫余"
            + "潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段章钱汤尹黎易常武乔贺赖龚文"
            + "葛单岳祝耿鲁");
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "皇甫", "东方", "公孙", "慕容"};

    private static final String[] MALE = split(
            "伟强军勇杰涛明磊刚平辉建国志永林海峰波鹏斌龙超飞成东亮文良忠德福学宝山金祥胜才兴全和友发贵生清庆松树"
            + "振鑫浩宇轩子豪博晨睿航泽俊昊铭然凯宏彬锋毅健家广中新民长洪利喜春江维卫红光武双荣富财坤旭阳伦翔帅恒瑞"
            + "凡晓天立思一嘉奕逸宁诚桂保朝开启彦正仁义礼智信安乐康善华云玉顺先同进继承元书景尧银铁柱根满仓锁田");
    private static final String[] FEMALE = split(
            "秀英华兰芳玉梅红霞娟丽敏静燕萍琴云莲凤珍娥翠桂菊香艳芬淑慧婷雪琳洁颖倩晶瑶怡欣佳悦涵萱雨思梓诗语可心"
            + "嘉月露春美妮菲薇荣彩爱巧莉琼叶蓉亚媛璐雯晴楠曼冰丹青霜素竹荷花馨茹婉娜妍姗宁宜秋冬梦玲珊琦瑜璇雅若依"
            + "诺子沫溪彤然小金银凤仙桃杏梨枝叶草");

    static final int FEMALE_OFFSET = 512;

    private NameBook() {
    }

    private static String[] split(String chars) {
        return chars.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }

    /** Draws a name: a common surname (front of the list more often, a few compound ones) and 1-2 characters. */
    static int draw(SplittableRandom rng, boolean male) {
        int surname;
        if (rng.nextInt(1000) < 4) {
            surname = SURNAMES.length + rng.nextInt(COMPOUND_SURNAMES.length);
        } else {
            double u = rng.nextDouble();
            surname = (int) (SURNAMES.length * u * u);
        }
        String[] given = male ? MALE : FEMALE;
        int offset = male ? 0 : FEMALE_OFFSET;
        int first = offset + rng.nextInt(given.length) + 1;
        int second = rng.nextInt(10) < 7 ? offset + rng.nextInt(given.length) + 1 : 0;
        return surname << 20 | first << 10 | second;
    }

    /** The packed name {@code packed} with the surname of {@code other} (a household sharing the head's surname). */
    static int withSurnameOf(int packed, int other) {
        return (other >>> 20) << 20 | (packed & 0xFFFFF);
    }

    /** The text of a packed name. */
    static String text(int packed) {
        int surname = packed >>> 20;
        StringBuilder sb = new StringBuilder(4);
        sb.append(surname < SURNAMES.length ? SURNAMES[surname] : COMPOUND_SURNAMES[surname - SURNAMES.length]);
        appendGiven(sb, (packed >>> 10) & 0x3FF);
        appendGiven(sb, packed & 0x3FF);
        return sb.toString();
    }

    private static void appendGiven(StringBuilder sb, int index) {
        if (index == 0) {
            return;
        }
        int i = index - 1;
        sb.append(i >= FEMALE_OFFSET ? FEMALE[i - FEMALE_OFFSET] : MALE[i]);
    }
}
