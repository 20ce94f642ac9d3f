package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;
import zhengjiao.sample.SampleGenerator;
import zhengjiao.sample.SampleResult;
import zhengjiao.sample.SampleVillage;

/**
 * A generated campaign full of planned problems (invalid IDs, pension and other-year rows, refunds, duplicate
 * payments, serials repeated across cumulative dumps, village name variants, GBK, BOM and xlsx dumps) is
 * reconciled, and every village's count must equal the generator's ground truth.
 */
class GeneratedCampaignTest {

    @Test
    void everyVillageCountMatchesTheGroundTruth(@TempDir Path dir) throws IOException {
        long seed = 7;
        SampleResult truth = SampleGenerator.generate(dir, seed, 1);
        CampaignRun run = new CampaignRun(new PrintWriter(Writer.nullWriter()));
        Ledger ledger = run.reconcile(CampaignFolder.open(dir));
        Snapshot end = ledger.on(LocalDate.of(2022, 12, 31));
        for (int i = 0; i < truth.villages().size(); i++) {
            SampleVillage v = truth.villages().get(i);
            assertEquals(v.name(), ledger.table().villages().get(i).name());
            assertEquals(v.payers(), end.paid(i), "seed " + seed + ", village " + v.name());
        }
        assertEquals(truth.governmentPaid(), end.governmentTotal() - end.unmatchedGovernment(), "seed " + seed);
    }

    @Test
    void everyTownCountMatchesTheGroundTruthOfACountySample(@TempDir Path dir) throws IOException {
        long seed = 11;
        zhengjiao.sample.CountySampleResult truth = zhengjiao.sample.CountySampleGenerator.generate(dir, seed, 1);
        Ledger ledger = new CampaignRun(new PrintWriter(Writer.nullWriter())).reconcile(CampaignFolder.open(dir));
        Snapshot end = ledger.on(LocalDate.of(2024, 12, 31));
        for (int i = 0; i < truth.towns().size(); i++) {
            assertEquals(truth.towns().get(i).name(), ledger.table().villages().get(i).name());
            assertEquals(truth.towns().get(i).payers(), end.paid(i), "seed " + seed + ", town " + truth.towns().get(i).name());
        }
        assertEquals(truth.unknownTownPayers(), end.unmatchedTotal(), "seed " + seed);
    }
}
