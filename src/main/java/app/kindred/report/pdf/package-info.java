/**
 * The PDF documents, drawn directly with PDFBox: a page flow that breaks pages, tables that repeat
 * their header, a vector line chart, a footer stamped once the page count is known, and the
 * PDF/A-1b metadata. One {@code PDDocument} per document and thread, fonts loaded into each.
 */
package app.kindred.report.pdf;
