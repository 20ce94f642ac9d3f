package zhengjiao.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import zhengjiao.domain.ReminderNote;
import zhengjiao.domain.RosterPerson;
import zhengjiao.domain.UnpaidReason;
import zhengjiao.reconcile.Ledger;

/**
 * The unpaid ledger (未参保台账) across weeks: every note of the returned reminder lists found again for its person.
 * A person's latest note (the newest return: by its 统计日期, else the row's 提醒日期, else the file's time) is carried
 * into the new list; every other note stays in 历次提醒. Notes of people who have paid since, of people no longer in
 * the roster, and notes whose ID matches nobody are kept in lists of their own: nothing is lost.
 *
 * <p>Per village the unpaid are counted by reason, and an adjusted coverage is worked out: the roster less the
 * unpaid people whose reason takes them out ({@link UnpaidReason#EXCLUDED_BY_DEFAULT}, or the settings'
 * 不计入应参保的原因), with the covered roster people over it as an exact {@link Rate}.
 *
 * @param carried   per ID of an unpaid roster person, the notes carried into the village's sheet
 * @param paid      notes of people who have paid since (已缴费（曾提醒）), with the payment
 * @param gone      notes of people with a valid ID who are neither unpaid in the roster nor paid (已不在台账)
 * @param unmatched notes whose ID is no valid resident ID (无法对应), with file and row
 * @param villages  per task-table line (the people report's order), the unpaid by reason and the adjusted coverage
 * @param excluded  the reasons that take a person out of who should be insured
 * @param notesRead how many rows with notes the returns held
 */
public record UnpaidLedger(Map<String, Carried> carried, List<PaidSince> paid, List<Carried> gone,
                           List<ReminderNote> unmatched, List<VillageReasons> villages, Set<UnpaidReason> excluded,
                           int notesRead) {

    public UnpaidLedger {
        carried = Map.copyOf(carried);
        paid = List.copyOf(paid);
        gone = List.copyOf(gone);
        unmatched = List.copyOf(unmatched);
        villages = List.copyOf(villages);
        excluded = Set.copyOf(excluded);
    }

    /**
     * One person's notes.
     *
     * @param latest  the note carried into the four columns
     * @param history every other note, newest first, as lines of 历次提醒 (each once)
     */
    public record Carried(ReminderNote latest, List<String> history) {
        public Carried {
            history = List.copyOf(history);
        }

        /** 历次提醒 as one cell: a line per note. */
        public String historyText() {
            return String.join("\n", history);
        }
    }

    /**
     * A noted person who has paid since.
     *
     * @param notes   the notes
     * @param village where the payment counts (the task table's name; 未匹配 when it matched none)
     * @param date    the payment date that counts
     */
    public record PaidSince(Carried notes, String village, LocalDate date) {
    }

    /**
     * One village's unpaid by reason and its adjusted coverage.
     *
     * @param name       the task-table line
     * @param label      the line as the reminder list's summary names it: the village; at town-and-village level the
     *                   town and the village (鲍沟镇大庙村); at town level the town's subtotal (鲍沟镇 小计)
     * @param roster     roster people who belong here
     * @param unpaid     of those, unpaid
     * @param byReason   unpaid people per counted reason (a text naming none counts as 其他)
     * @param unrecorded unpaid people without a reason
     * @param out        unpaid people whose reason takes them out
     * @param parts      at town level, the town's unpaid by the village the roster names, in no particular order (the
     *                   summary's indented rows); empty otherwise
     */
    public record VillageReasons(String name, String label, int roster, int unpaid, Map<UnpaidReason, Integer> byReason,
                                 int unrecorded, int out, List<Part> parts) {
        public VillageReasons {
            byReason = Map.copyOf(byReason);
            parts = List.copyOf(parts);
        }

        /** 应参保人数 after the adjustment: the roster less those taken out. */
        public int adjustedBase() {
            return roster - out;
        }

        /** Roster people who have paid (here or in another village). */
        public int covered() {
            return roster - unpaid;
        }

        /** The adjusted coverage, covered / adjusted base, exact. */
        public Rate adjustedRate() {
            return new Rate(covered(), adjustedBase());
        }

        public int count(UnpaidReason r) {
            return byReason.getOrDefault(r, 0);
        }
    }

    /**
     * A town's unpaid people of one roster village (town-level task tables): counts only, as the roster's people of a
     * village are not counted apart.
     *
     * @param label      the summary's indented row text: full-width space and the village as the roster first spells
     *                   it, or 　（台账未写村名）
     * @param unpaid     the village's unpaid roster people
     * @param byReason   of those, per counted reason
     * @param unrecorded of those, without a reason
     * @param out        of those, taken out by their reason
     */
    public record Part(String label, int unpaid, Map<UnpaidReason, Integer> byReason, int unrecorded, int out) {
        public Part {
            byReason = Map.copyOf(byReason);
        }

        public int count(UnpaidReason r) {
            return byReason.getOrDefault(r, 0);
        }
    }

    /** The indented row text of a roster village within its town, as the reminder list's summary writes it. */
    public static String partLabel(String shownVillage) {
        return "\u3000" + (shownVillage.isEmpty() ? "（台账未写村名）" : shownVillage);
    }

    /** The key that groups a roster village's spellings within a town (the committee suffix and quotes ignored). */
    public static String partKey(String village) {
        String clean = zhengjiao.domain.PlaceNames.clean(village == null ? "" : village);
        return clean.isEmpty() ? "" : zhengjiao.domain.PlaceNames.villageKey(clean);
    }

    /**
     * Finds every note again.
     *
     * @param notes    the notes of every return, in any order
     * @param people   the week's people report (who is unpaid, by village)
     * @param ledger   the payments (who has paid since)
     * @param excluded the reasons that take a person out
     */
    public static UnpaidLedger build(List<ReminderNote> notes, PeopleReport people, Ledger ledger, Set<UnpaidReason> excluded) {
        Map<String, List<ReminderNote>> byId = new LinkedHashMap<>();
        List<ReminderNote> unmatched = new ArrayList<>();
        Set<String> unmatchedSeen = new java.util.HashSet<>();
        for (ReminderNote n : notes) {
            if (n.idValid()) {
                byId.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(n);
            } else if (unmatchedSeen.add(n.id() + "\u0000" + n.name() + "\u0000" + n.line() + "\u0000" + n.history())) {
                unmatched.add(n);
            }
        }
        Map<String, Integer> unpaidVillage = new HashMap<>();
        for (int v = 0; v < people.villages().size(); v++) {
            for (RosterPerson p : people.villages().get(v).unpaid()) {
                unpaidVillage.put(p.id(), v);
            }
        }
        Map<String, Carried> carried = new HashMap<>();
        List<PaidSince> paid = new ArrayList<>();
        List<Carried> gone = new ArrayList<>();
        for (Map.Entry<String, List<ReminderNote>> e : byId.entrySet()) {
            Carried c = merge(e.getValue());
            if (unpaidVillage.containsKey(e.getKey())) {
                carried.put(e.getKey(), c);
                continue;
            }
            Optional<Ledger.Payer> payer = ledger.payerOn(e.getKey(), people.asOf());
            if (payer.isPresent()) {
                paid.add(new PaidSince(c, ledger.placeName(payer.get().village()), payer.get().date()));
            } else {
                gone.add(c);
            }
        }
        Comparator<Carried> bySource = Comparator.comparing((Carried c) -> c.latest().source().file())
                .thenComparing(c -> c.latest().source().sheet()).thenComparingInt(c -> c.latest().source().row());
        paid.sort(Comparator.comparing(PaidSince::village).thenComparing(PaidSince::notes, bySource));
        gone.sort(bySource);
        List<VillageReasons> villages = new ArrayList<>();
        zhengjiao.domain.TaskTable table = ledger.table();
        for (int i = 0; i < people.villages().size(); i++) {
            PeopleReport.VillagePeople v = people.villages().get(i);
            Tally all = new Tally();
            Map<String, Tally> parts = new LinkedHashMap<>();
            Map<String, String> shown = new HashMap<>();
            for (RosterPerson p : v.unpaid()) {
                Optional<UnpaidReason> r = Optional.ofNullable(carried.get(p.id())).flatMap(c -> c.latest().counted());
                all.add(r, excluded);
                if (table.level() == zhengjiao.domain.TaskTable.Level.TOWNS) {
                    String key = partKey(p.village());
                    shown.putIfAbsent(key, zhengjiao.domain.PlaceNames.clean(p.village() == null ? "" : p.village()));
                    parts.computeIfAbsent(key, k -> new Tally()).add(r, excluded);
                }
            }
            List<Part> split = new ArrayList<>();
            parts.forEach((key, t) -> split.add(new Part(partLabel(shown.get(key)), t.unpaid, t.counts, t.unrecorded, t.out)));
            String label = switch (table.level()) {
                case VILLAGES -> v.name();
                case TOWN_VILLAGES -> table.villages().get(i).town() + v.name();
                case TOWNS -> v.name() + " 小计";
            };
            villages.add(new VillageReasons(v.name(), label, v.roster(), v.unpaid().size(), all.counts, all.unrecorded,
                    all.out, split));
        }
        return new UnpaidLedger(carried, paid, gone, unmatched, villages, excluded, notes.size());
    }

    /** Unpaid people counted by reason. */
    private static final class Tally {
        final Map<UnpaidReason, Integer> counts = new EnumMap<>(UnpaidReason.class);
        int unpaid;
        int unrecorded;
        int out;

        void add(Optional<UnpaidReason> reason, Set<UnpaidReason> excluded) {
            unpaid++;
            if (reason.isEmpty()) {
                unrecorded++;
                return;
            }
            counts.merge(reason.get(), 1, Integer::sum);
            if (excluded.contains(reason.get())) {
                out++;
            }
        }
    }

    /** The order of notes, newest first: by the list's date, then the file's time, then where it was read. */
    static final Comparator<ReminderNote> NEWEST_FIRST = Comparator.comparing(ReminderNote::listDate)
            .thenComparing(ReminderNote::fileTime)
            .thenComparing(n -> n.date().orElse(LocalDate.MIN))
            .thenComparing(n -> n.source().file())
            .thenComparing(n -> n.source().sheet())
            .thenComparingInt(n -> n.source().row()).reversed();

    /** One person's notes: the newest with a note of its own carried, every other line kept once in 历次提醒. */
    static Carried merge(List<ReminderNote> notes) {
        List<ReminderNote> sorted = new ArrayList<>(notes);
        sorted.sort(NEWEST_FIRST);
        ReminderNote latest = sorted.stream().filter(ReminderNote::hasOwnNote).findFirst().orElse(sorted.get(0));
        Set<String> lines = new LinkedHashSet<>();
        for (ReminderNote n : sorted) {
            if (n != latest && n.hasOwnNote()) {
                lines.add(n.line());
            }
            lines.addAll(n.history());
        }
        lines.remove(latest.line());
        lines.remove("");
        return new Carried(latest, new ArrayList<>(lines));
    }
}
