package cn.anzuo.qualification.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anzuo.support.AnzuoTest;
import cn.anzuo.support.ApiClient;
import cn.anzuo.support.IdNumbers;
import cn.anzuo.support.Unique;
import cn.anzuo.support.Xlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An .xlsx is a zip: what it may inflate to, and how long one cell may be, are bounded before anything is kept. */
@AnzuoTest
class LedgerUploadLimitsTest {

    static final String IMPORTS = "/api/v1/ledger/imports";

    @Autowired ApiClient api;

    @Test
    void a_small_xlsx_whose_shared_strings_inflate_past_the_limit_is_refused_before_reading() throws Exception {
        long inflated = InflationLimit.MAX_INFLATED_BYTES + 20L * 1024 * 1024;
        byte[] bomb = withSharedStrings(validLedger(), inflated);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        api.upload("safety", IMPORTS, "bomb.xlsx", bomb)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SPREADSHEET_TOO_LARGE"));
        assertThat((System.nanoTime() - started) / 1_000_000).as("refused without reading the sheet").isLessThan(20_000);
    }

    @Test
    void a_cell_longer_than_any_ledger_field_is_refused_with_its_address_and_not_echoed() throws Exception {
        String huge = "张".repeat(16 * 1024 * 1024 / 3);
        String id = IdNumbers.next();
        byte[] xlsx = Xlsx.ledger(List.of(Arrays.asList(huge, id, null, null, "特种作业操作证", "2.1", "T" + id, null,
                "2024-01-01", null, null)));

        var result = api.upload("safety", IMPORTS, "long.xlsx", xlsx)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CELL_TOO_LONG"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("A2").hasSizeLessThan(2_000);
    }

    @Test
    void an_ordinary_ledger_is_still_read() throws Exception {
        api.upload("safety", IMPORTS, "ok.xlsx", validLedger()).andExpect(status().isCreated());
    }

    private static byte[] validLedger() {
        String id = IdNumbers.next();
        return Xlsx.ledger(List.of(Arrays.asList(Unique.personName("林"), id, null, null, "特种作业操作证", "2.1", "T" + id,
                null, "2024-01-01", null, null)));
    }

    /** The same workbook with its shared strings table replaced by one string of {@code bytes} letters. */
    private static byte[] withSharedStrings(byte[] xlsx, long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            boolean replaced = false;
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    writeHugeStrings(zip, bytes);
                    replaced = true;
                } else {
                    try (var content = in.getInputStream(entry)) {
                        content.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            assertThat(replaced).as("the writer uses a shared strings table").isTrue();
        }
        return out.toByteArray();
    }

    private static void writeHugeStrings(OutputStream out, long bytes) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[1024 * 1024];
        Arrays.fill(chunk, (byte) 'A');
        for (long written = 0; written < bytes; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
    }
}
