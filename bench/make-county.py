#!/usr/bin/env python3
"""Makes the benchmark county: a campaign folder of invented people, standard library only.

    bench/make-county.py OUT [--rows 1000000] [--roster] [--seed 13]

21 towns x 60 villages (1,260 villages); the payment rows are split into 10 cumulative CSV parts whose
neighbours overlap by 10% (the same rows exported twice, as tax offices' cumulative dumps do); person names are
drawn from many surnames and given-name characters so that sorting by name costs what it costs on real data.
With --roster, a roster (参保台账.csv) of 1.11 times the payers, unpaid people included.
"""
import argparse, datetime, os, random

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红梅鹏飞建国志强海燕金凤文俊晓东春梅国庆雪梅子涵浩然欣怡宇轩梓萱一诺"
TOWNS = ["龙泉街道", "北辛街道", "荆河街道", "善南街道", "洪绪镇", "南沙河镇", "上营镇", "东沙河镇", "张汪镇", "级索镇",
         "西岗镇", "姜屯镇", "鲍沟镇", "界河镇", "龙阳镇", "东郭镇", "柴胡店镇", "羊庄镇", "木石镇", "官桥镇", "滨湖镇"]


def resident_id(rng, area):
    birth = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(0, 30000))
    first17 = f"{area}{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return first17 + CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--roster", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(os.path.join(a.out, "payments"), exist_ok=True)
    villages = [(t, f"{t[:2]}{i + 1:02d}村") for t in TOWNS for i in range(60)]
    parts = 10
    # rows = distinct + overlap: each part after the first repeats 10% of the previous part
    per_part = a.rows // parts
    distinct = per_part * parts - (per_part // 10) * (parts - 1)
    people = []
    seen = set()
    while len(people) < distinct:
        pid = resident_id(rng, "370481")
        if pid in seen:
            continue
        seen.add(pid)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        people.append((pid, name, rng.randrange(len(villages))))
    counts = [0] * len(villages)
    for _, _, v in people:
        counts[v] += 1
    with open(os.path.join(a.out, "campaign.yaml"), "w", encoding="utf-8") as f:
        f.write("辖区: 滕州市\n年度: 2025\n险种: 城乡居民基本医疗保险\n个人缴费标准: 400\n"
                "征缴开始: 2024-10-01\n征缴截止: 2024-12-31\n考核日期: 2024-12-31\n补助标准: 1\n")
    with open(os.path.join(a.out, "任务分解表.csv"), "w", encoding="utf-8-sig") as f:
        f.write("镇街,村名,人口数,任务数\n")
        for (t, v), n in zip(villages, counts):
            f.write(f"{t},{v},{int(n * 1.2) + 10},{int(n * 1.1) + 5}\n")
    start = datetime.datetime(2024, 10, 1, 8, 0, 0)
    span = 92 * 86400
    header = "证件号码,姓名,村(居)委会,乡镇(街道),险种,费款所属期,缴费金额,缴费日期,电子税票号码,缴费渠道\n"
    rows = []
    for k, (pid, name, v) in enumerate(people):
        t, vn = villages[v]
        when = start + datetime.timedelta(seconds=int(span * (k / distinct) ** 0.7))
        rows.append(f"{pid},{name},{vn},{t},城乡居民基本医疗保险,202501-202512,400.00,{when:%Y-%m-%d %H:%M:%S},"
                    f"3{k:019d},{rng.choice(('微信', '支付宝', '银行', '村代收'))}\n")
    pos = 0
    written = 0
    for p in range(parts):
        take = per_part
        begin = pos - (per_part // 10 if p > 0 else 0)
        chunk = rows[begin:begin + take]
        pos = begin + take
        with open(os.path.join(a.out, "payments", f"征收清册_{p + 1:02d}.csv"), "w", encoding="utf-8") as f:
            f.write(header)
            f.writelines(chunk)
        written += len(chunk)
    if a.roster:
        extra = int(distinct * 0.11)
        with open(os.path.join(a.out, "参保台账.csv"), "w", encoding="utf-8") as f:
            f.write("证件号码,姓名,镇街,村名,联系电话,人员类别,户号\n")
            for k, (pid, name, v) in enumerate(people):
                t, vn = villages[v]
                f.write(f"{pid},{name},{t},{vn},13{k % 1000000000:09d},,{k // 3}\n")
            for k in range(extra):
                pid = resident_id(rng, "370481")
                if pid in seen:
                    continue
                t, vn = villages[rng.randrange(len(villages))]
                f.write(f"{pid},{rng.choice(SURNAMES)}{rng.choice(GIVEN)},{t},{vn},,,{distinct + k}\n")
    print(f"{written} payment rows, {distinct} payers, {len(villages)} villages -> {a.out}")


if __name__ == "__main__":
    main()
