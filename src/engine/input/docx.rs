//! A Word document (.docx) to its text, one paragraph per Word paragraph.
//!
//! A .docx is a ZIP package whose `word/document.xml` holds the body: the
//! text is in `<w:t>` elements inside paragraphs (`<w:p>`), with `<w:tab/>`
//! and `<w:br/>` between. rawzip finds the part, flate2 inflates it as
//! quick-xml reads it (so reading stops at the limits, however far the
//! package would unpack); the walk over the elements is written here
//! because docx-rs, the crate made for .docx, reads every style, numbering
//! and image as well and adds about 300 KB gzipped to a wasm build
//! (measured; these three add about 20 KB), for the same text. Deleted
//! revisions (`<w:delText>`) and field codes are not text and are left
//! out; text boxes are kept once.

use std::io::{self, BufReader, Read};

use flate2::read::DeflateDecoder;
use quick_xml::events::{BytesRef, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use rawzip::{CompressionMethod, ZipArchive};

use super::limits::MAX_STATEMENT_BYTES;
use super::text::ZIP_NOT_DOCX;
use super::InputError;

/// WordprocessingML, in its transitional and strict namespaces.
const WORD: &[&[u8]] =
    &[b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"];

/// Markup compatibility: `mc:Fallback` repeats what `mc:Choice` holds.
const COMPATIBILITY: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The most XML unpacked: Word's markup around a statement of the longest
/// length compared is a few times its text, never this much. A package
/// that says its body is larger is refused unread; the body is read as it
/// unpacks, so it stops at the text limit, or where it outgrows what the
/// package says, with little memory and little time.
const MAX_XML_BYTES: u64 = 32 * MAX_STATEMENT_BYTES as u64;

/// The text of a .docx file, paragraphs separated by a blank line.
pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let damaged = |e: rawzip::Error| InputError::NotDocx(format!("a damaged ZIP package: {e}"));
    let archive = ZipArchive::from_slice(bytes).map_err(damaged)?;
    let mut entries = archive.entries();
    let header = loop {
        match entries.next_entry().map_err(damaged)? {
            Some(header) if header.file_path().as_ref() == b"word/document.xml" => break header,
            Some(_) => {}
            None => return Err(InputError::Binary { kind: ZIP_NOT_DOCX }),
        }
    };
    // The size the package claims: a body this large is refused unread.
    if header.uncompressed_size_hint() > MAX_XML_BYTES {
        return Err(unpacks_too_far());
    }
    let entry = archive.get_entry(header.wayfinder()).map_err(damaged)?;
    // Unpacked as it is read, and checked against its size and checksum:
    // a body that unpacks beyond what the package claims stops there, as damaged.
    let body: Box<dyn Read> = match header.compression_method() {
        CompressionMethod::STORE => Box::new(entry.data()),
        CompressionMethod::DEFLATE => Box::new(DeflateDecoder::new(entry.data())),
        _ => return Err(InputError::NotDocx("its text is packed in a way Parallax does not read".into())),
    };
    let xml = BufReader::new(entry.verifying_reader(body));
    paragraphs(xml).map_err(|e| match e {
        Stop::TooMuchText => InputError::TooLong(None),
        Stop::Xml(quick_xml::Error::Io(e)) => InputError::NotDocx(format!("a damaged ZIP package: {e}")),
        Stop::Xml(e) => InputError::NotDocx(format!("its XML is damaged: {e}")),
    })
}

/// A body that unpacks beyond [`MAX_XML_BYTES`].
fn unpacks_too_far() -> InputError {
    InputError::NotDocx(format!(
        "its text unpacks to more than {} MB, far more than the longest statement Parallax compares needs",
        MAX_XML_BYTES / 1_000_000
    ))
}

/// Why reading the body stopped early.
enum Stop {
    /// More text than a statement may have.
    TooMuchText,
    /// The XML, or the package around it, is damaged.
    Xml(quick_xml::Error),
}

impl From<quick_xml::Error> for Stop {
    fn from(e: quick_xml::Error) -> Self {
        Stop::Xml(e)
    }
}

impl From<quick_xml::encoding::EncodingError> for Stop {
    fn from(e: quick_xml::encoding::EncodingError) -> Self {
        Stop::Xml(e.into())
    }
}

/// The paragraphs of a WordprocessingML body, read as it unpacks.
fn paragraphs(xml: impl io::BufRead) -> Result<String, Stop> {
    let mut reader = NsReader::from_reader(xml);
    let mut buffer = Vec::new();
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut fallback_depth = 0usize;
    loop {
        buffer.clear();
        let (ns, event) = reader.read_resolved_event_into(&mut buffer)?;
        let word = matches!(ns, ResolveResult::Bound(n) if WORD.contains(&n.as_ref()));
        let fallback = matches!(ns, ResolveResult::Bound(n) if n.as_ref() == COMPATIBILITY);
        match event {
            Event::Start(e) if fallback && e.local_name().as_ref() == b"Fallback" => fallback_depth += 1,
            Event::End(e) if fallback && e.local_name().as_ref() == b"Fallback" => {
                fallback_depth = fallback_depth.saturating_sub(1);
            }
            _ if fallback_depth > 0 => {}
            Event::Start(e) if word && e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) if word && e.local_name().as_ref() == b"t" => in_text = false,
            Event::End(e) if word && e.local_name().as_ref() == b"p" => finish_paragraph(&mut out, &mut paragraph),
            Event::Empty(e) if word => match e.local_name().as_ref() {
                b"p" => finish_paragraph(&mut out, &mut paragraph),
                b"tab" | b"ptab" => paragraph.push('\t'),
                b"br" | b"cr" => paragraph.push('\n'),
                b"noBreakHyphen" => paragraph.push('\u{2011}'),
                _ => {}
            },
            Event::Text(t) if in_text => paragraph.push_str(&t.decode()?),
            Event::CData(t) if in_text => paragraph.push_str(&t.decode()?),
            Event::GeneralRef(r) if in_text => push_reference(&mut paragraph, &r)?,
            Event::Eof => break,
            _ => {}
        }
        if out.len() + paragraph.len() > MAX_STATEMENT_BYTES {
            return Err(Stop::TooMuchText);
        }
    }
    finish_paragraph(&mut out, &mut paragraph);
    Ok(out)
}

/// `&amp;`, `&#8217;` and the like; an entity XML does not define is kept as
/// written.
fn push_reference(paragraph: &mut String, r: &BytesRef<'_>) -> Result<(), quick_xml::Error> {
    if let Some(c) = r.resolve_char_ref()? {
        paragraph.push(c);
        return Ok(());
    }
    let name = r.decode()?;
    match quick_xml::escape::resolve_predefined_entity(&name) {
        Some(text) => paragraph.push_str(text),
        None => paragraph.push_str(&format!("&{name};")),
    }
    Ok(())
}

fn finish_paragraph(out: &mut String, paragraph: &mut String) {
    if !paragraph.trim().is_empty() {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(paragraph);
    }
    paragraph.clear();
}

#[cfg(test)]
pub(crate) mod tests {
    use std::io::Write;

    use super::*;

    /// A ZIP package of `(path, contents)` entries, stored uncompressed.
    pub(crate) fn package(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
        for (path, contents) in entries {
            let (mut entry, config) = archive.new_file(path).compression_method(CompressionMethod::STORE).start().unwrap();
            let mut writer = config.wrap(&mut entry);
            writer.write_all(contents).unwrap();
            let (_, output) = writer.finish().unwrap();
            entry.finish(output).unwrap();
        }
        archive.finish().unwrap()
    }

    /// A ZIP package holding `contents` as `path`, deflated.
    fn deflated(path: &str, contents: &[u8]) -> Vec<u8> {
        use flate2::write::DeflateEncoder;
        let mut archive = rawzip::ZipArchiveWriter::new(Vec::new());
        let (mut entry, config) = archive.new_file(path).compression_method(CompressionMethod::DEFLATE).start().unwrap();
        let mut writer = config.wrap(DeflateEncoder::new(&mut entry, flate2::Compression::best()));
        writer.write_all(contents).unwrap();
        let (encoder, output) = writer.finish().unwrap();
        encoder.finish().unwrap();
        entry.finish(output).unwrap();
        archive.finish().unwrap()
    }

    /// A .docx package with `body` inside `<w:body>`.
    pub(crate) fn docx(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
        );
        package(&[("[Content_Types].xml", b"<Types/>"), ("word/document.xml", xml.as_bytes())])
    }

    #[test]
    fn a_deflated_document_from_a_zip_tool_is_read() {
        let text = docx_text(include_bytes!("../../../tests/fixtures/readout.docx")).unwrap();
        assert_eq!(
            text,
            "Readout of the call\n\nThe two ministers discussed cooperation & the fight against the epidemic.\n\nЛавров поблагодарил коллегу."
        );
    }

    #[test]
    fn paragraphs_runs_tabs_and_breaks() {
        let body = r#"<w:p><w:r><w:t>Wang Yi </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">said  </w:t></w:r>
            <w:r><w:t>&amp; agreed&#8217;</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>
            <w:p/><w:p><w:r><w:t>Second.</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(docx_text(&docx(body)).unwrap(), "Wang Yi said  & agreed’\tx\ny\n\nSecond.\n\nCell");
    }

    #[test]
    fn deletions_field_codes_and_fallbacks_are_not_text() {
        let body = r#"<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>
            <w:ins><w:r><w:t>new</w:t></w:r></w:ins>
            <mc:AlternateContent><mc:Choice><w:t>box</w:t></mc:Choice><mc:Fallback><w:t>box</w:t></mc:Fallback></mc:AlternateContent></w:p>"#;
        assert_eq!(docx_text(&docx(body)).unwrap(), "newbox");
    }

    /// `<w:document>` around `body` repeated until the XML is `bytes` long.
    fn document_of(body: &str, bytes: usize) -> Vec<u8> {
        let head = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#;
        let mut xml = head.as_bytes().to_vec();
        while xml.len() < bytes {
            xml.extend_from_slice(body.as_bytes());
        }
        xml.extend_from_slice(b"</w:body></w:document>");
        xml
    }

    /// The text of a paragraph repeated in a package.
    fn paragraph() -> String {
        format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "The ministers discussed cooperation. ".repeat(20))
    }

    #[test]
    fn a_small_package_that_unpacks_to_60_mb_is_refused_unread() {
        let bomb = deflated("word/document.xml", &document_of(&paragraph(), 60_000_000));
        assert!(bomb.len() < 300_000, "{} bytes", bomb.len());
        let e = docx_text(&bomb).unwrap_err();
        assert_eq!(e.to_string(), "is not a Word document Parallax can read (its text unpacks to more than 32 MB, \
            far more than the longest statement Parallax compares needs)");
        assert!(!e.to_string().contains("HasMoreOutput"));
    }

    #[test]
    fn a_body_with_more_text_than_a_statement_stops_at_the_text_limit() {
        let e = docx_text(&deflated("word/document.xml", &document_of(&paragraph(), 20_000_000))).unwrap_err();
        assert_eq!(e, InputError::TooLong(None));
        assert!(e.to_string().starts_with("has a text of more than 1,000,000 bytes; Parallax compares up to 1,000,000 bytes (1 MB)"), "{e}");
    }

    #[test]
    fn a_package_that_claims_less_than_it_unpacks_stops_at_its_claim() {
        let mut bomb = deflated("word/document.xml", &document_of("<w:p/>", 30_000_000));
        // The central directory's record of the body: its uncompressed size, 28 bytes in.
        let record = bomb.windows(4).rposition(|w| w == b"PK\x01\x02").unwrap();
        bomb[record + 24..record + 28].copy_from_slice(&10_000u32.to_le_bytes());
        let e = docx_text(&bomb).unwrap_err();
        assert!(e.to_string().contains("a damaged ZIP package"), "{e}");
    }

    #[test]
    fn a_body_just_under_the_text_limit_is_read_whole() {
        let paragraph = format!("<w:p><w:r><w:t>{}</w:t></w:r></w:p>", "x".repeat(998));
        let document = deflated("word/document.xml", &document_of(&paragraph, 499 * paragraph.len()));
        let text = docx_text(&document).unwrap();
        assert!(text.len() <= MAX_STATEMENT_BYTES && text.len() > 490_000, "{}", text.len());
    }

    #[test]
    fn other_packages_and_damage_are_named() {
        let xlsx = package(&[("xl/workbook.xml", b"<workbook/>")]);
        assert_eq!(docx_text(&xlsx), Err(InputError::Binary { kind: ZIP_NOT_DOCX }));
        let e = docx_text(&docx("<w:p><w:t>unclosed</w:p>")).unwrap_err();
        assert!(e.to_string().starts_with("is not a Word document Parallax can read (its XML is damaged"), "{e}");
        let mut cut = docx("<w:p><w:t>x</w:t></w:p>");
        cut.truncate(cut.len() / 2);
        assert!(matches!(docx_text(&cut), Err(InputError::NotDocx(_))));
        let mut flipped = docx("<w:p><w:t>some text</w:t></w:p>");
        let at = flipped.windows(9).position(|w| w == b"some text").unwrap();
        flipped[at] = b'S';
        let e = docx_text(&flipped).unwrap_err();
        assert!(e.to_string().contains("damaged ZIP package"), "a checksum catches changed text: {e}");
    }
}
