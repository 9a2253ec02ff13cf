package org.caravanqda.io.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an exported workbook back with POI for the tests. */
final class Workbooks {
    private Workbooks() {}

    static XSSFWorkbook open(Path file) {
        try {
            return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column name -> index, from the header row. */
    static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> out = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
            out.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return out;
    }

    /** Data rows as maps column name -> cell (absent for empty cells). */
    static List<Map<String, Cell>> rows(Sheet sheet) {
        Map<String, Integer> header = header(sheet);
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> m = new HashMap<>();
            header.forEach((name, i) -> {
                Cell c = row.getCell(i);
                if (c != null) {
                    m.put(name, c);
                }
            });
            out.add(m);
        }
        return out;
    }
}
