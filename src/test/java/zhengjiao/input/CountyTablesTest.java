package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.domain.Contact;
import zhengjiao.domain.InputException;
import zhengjiao.domain.SupervisionGroup;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.report.ContactDirectory;

/** Tengzhou's supervision groups and contact directories, as published in the 2024 and 2025 notices. */
class CountyTablesTest {

    static final List<String> TOWNS = List.of("鲍沟镇", "滨湖镇", "柴胡店镇", "东郭镇", "大坞镇", "官桥镇", "洪绪镇", "界河镇",
            "级索镇", "姜屯镇", "龙阳镇", "木石镇", "南沙河镇", "西岗镇", "羊庄镇", "张汪镇", "北辛街道", "东沙河街道", "荆河街道",
            "龙泉街道", "善南街道");
    private static final Path EXAMPLE = Path.of("input-example/tengzhou-2025");

    @TempDir
    Path dir;

    static TaskTable towns() {
        List<Village> lines = new ArrayList<>();
        for (int i = 0; i < TOWNS.size(); i++) {
            lines.add(new Village(i + 1, TOWNS.get(i), TOWNS.get(i), 1000, 900, "", i + 2));
        }
        return new TaskTable(Path.of("任务分解表.csv"), lines, TaskTable.Level.TOWNS);
    }

    @Test
    void the2025GroupsCoverEveryTownOnce() {
        List<SupervisionGroup> groups = GroupTableReader.read(EXAMPLE.resolve("督查分组表.csv"), towns());
        assertEquals(10, groups.size());
        assertEquals("鞠峰", groups.get(0).leader());
        assertEquals(List.of("龙泉街道", "善南街道", "南沙河镇"), groups.get(0).towns());
        assertEquals(List.of("北辛街道", "龙阳镇"), groups.get(9).towns());
        assertEquals(21, groups.stream().mapToInt(g -> g.towns().size()).sum());
    }

    private Path groupFile(String body) throws IOException {
        Path file = dir.resolve("督查分组表.csv");
        Files.writeString(file, "带队领导,医保成员,税务成员,镇街\n" + body, StandardCharsets.UTF_8);
        return file;
    }

    private static final String ALL_BUT_LAST = "甲,乙,丙,鲍沟、滨湖、柴胡店、东郭、大坞、官桥、洪绪、界河、级索、姜屯\n"
            + "丁,戊,己,龙  阳 木石 南沙河，西岗;羊庄/张汪\n,,,北辛街道\n,,,东沙河\n,,,荆河\n,,,龙泉\n";

    @Test
    void listsInOneCellAndJustifiedNamesAreRead() throws IOException {
        List<SupervisionGroup> groups = GroupTableReader.read(groupFile(ALL_BUT_LAST + "庚,辛,壬,善南\n"), towns());
        assertEquals(3, groups.size());
        assertEquals(List.of("龙阳镇", "木石镇", "南沙河镇", "西岗镇", "羊庄镇", "张汪镇", "北辛街道", "东沙河街道", "荆河街道",
                "龙泉街道"), groups.get(1).towns());
    }

    @Test
    void aTownInNoGroupIsAnErrorNamingIt() throws IOException {
        InputException e = assertThrows(InputException.class, () -> GroupTableReader.read(groupFile(ALL_BUT_LAST), towns()));
        assertTrue(e.getMessage().contains("镇街「善南街道」没有分到任何督查组"), e.getMessage());
    }

    @Test
    void aTownInTwoGroupsIsAnErrorNamingItAndBothLeaders() throws IOException {
        InputException e = assertThrows(InputException.class,
                () -> GroupTableReader.read(groupFile(ALL_BUT_LAST + "庚,辛,壬,善南 鲍沟镇\n"), towns()));
        assertTrue(e.getMessage().contains("镇街「鲍沟镇」同时分在「甲」组和「庚」组"), e.getMessage());
    }

    @Test
    void aTownNotInTheTaskTableIsAnErrorNamingIt() throws IOException {
        InputException e = assertThrows(InputException.class,
                () -> GroupTableReader.read(groupFile(ALL_BUT_LAST + "庚,辛,壬,善南、经济开发区\n"), towns()));
        assertTrue(e.getMessage().contains("「经济开发区」不在任务分解表中"), e.getMessage());
    }

    @Test
    void personAndPhoneInOneCellAreSplit() {
        List<Contact> now = ContactTableReader.read(EXAMPLE.resolve("联系方式一览表.csv"));
        assertEquals(21, now.size());
        Contact first = now.get(0);
        assertEquals(List.of("鲍沟镇", "时晓慧", "2691900", "徐键", "2690039"),
                List.of(first.town(), first.medicalPerson(), first.medicalPhone(), first.taxPerson(), first.taxPhone()));
    }

    @Test
    void exactlySixTownsChangedBetweenTheTwoNotices() {
        ContactDirectory d = ContactDirectory.build(ContactTableReader.read(EXAMPLE.resolve("联系方式一览表.csv")),
                ContactTableReader.read(EXAMPLE.resolve("上年联系方式一览表.csv")));
        assertEquals(List.of("洪绪镇", "龙阳镇", "羊庄镇", "北辛街道", "荆河街道", "善南街道"), d.changedTowns());
        List<String> changes = d.changes().stream().map(c -> c.town() + "/" + c.side() + "/" + c.what()).toList();
        assertEquals(List.of("洪绪镇/医保办/更换电话", "龙阳镇/医保办/更换电话", "羊庄镇/税务分局/更换人员",
                "北辛街道/税务分局/更换人员和电话", "荆河街道/税务分局/更换人员", "善南街道/医保办/更换电话"), changes);
    }
}
