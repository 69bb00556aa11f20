package cn.anzuo.qualification.ledger;

import cn.anzuo.qualification.ledger.LedgerProblems.InvalidSpreadsheet;
import cn.anzuo.qualification.ledger.LedgerProblems.SpreadsheetTooLarge;
import cn.anzuo.shared.problem.BusinessProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Bounds what an uploaded .xlsx may inflate to, before the reader sees it. An .xlsx is a zip: a
 * 300 KB file can hold 300 MB of shared strings (a "zip bomb") that the reader would hold in memory.
 * Every entry is inflated once here, counting the bytes that actually come out (the sizes written in
 * the zip's headers are the attacker's word, so they are not trusted), and the upload is refused as
 * soon as the total passes {@link #MAX_INFLATED_BYTES}. The reader (fastexcel) opens the same
 * central directory with the same library, so it sees exactly the entries counted here.
 */
final class InflationLimit {

    /** A 20,000-row ledger (the row limit) inflates to about 10 MB; five times that is refused. */
    static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;

    /** An .xlsx has a dozen parts; a few hundred is already odd. */
    static final int MAX_ENTRIES = 500;

    private InflationLimit() {}

    static void check(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new SpreadsheetTooLarge(MAX_INFLATED_BYTES / (1024 * 1024));
                }
                if (!zip.canReadEntryData(entry)) {
                    throw new InvalidSpreadsheet("ledger.spreadsheet.unreadable");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) != -1; ) {
                        total += n;
                        if (total > MAX_INFLATED_BYTES) {
                            throw new SpreadsheetTooLarge(MAX_INFLATED_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (BusinessProblem problem) {
            throw problem;
        } catch (IOException | RuntimeException e) {
            throw new InvalidSpreadsheet("ledger.spreadsheet.unreadable");
        }
    }
}
