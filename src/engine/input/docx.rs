//! A Word document (.docx) to its text, one paragraph per Word paragraph.
//!
//! A .docx is a ZIP package whose `word/document.xml` holds the body: the
//! text is in `<w:t>` elements inside paragraphs (`<w:p>`), with `<w:tab/>`
//! and `<w:br/>` between. The `zip` and `quick-xml` crates do the reading;
//! the walk over the elements is written here because docx-rs, the crate
//! made for .docx, reads every style, numbering and image as well and adds
//! about 300 KB gzipped to the widget's wasm (measured: zip + quick-xml add
//! about 80 KB), for the same text. Deleted revisions (`<w:delText>`) and
//! field codes are not text and are left out; text boxes are kept once.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesRef, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::text::ZIP_NOT_DOCX;
use super::InputError;

/// WordprocessingML, in its transitional and strict namespaces.
const WORD: &[&[u8]] =
    &[b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"];

/// Markup compatibility: `mc:Fallback` repeats what `mc:Choice` holds.
const COMPATIBILITY: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Largest unpacked body read, so a crafted file cannot unpack gigabytes.
const MAX_XML_BYTES: u64 = 64 << 20;

/// The text of a .docx file, paragraphs separated by a blank line.
pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let damaged = |why: String| InputError::NotDocx(why);
    let mut package = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(format!("a damaged ZIP package: {e}")))?;
    let mut body = match package.by_name("word/document.xml") {
        Ok(body) => body,
        Err(zip::result::ZipError::FileNotFound) => return Err(InputError::Binary { kind: ZIP_NOT_DOCX }),
        Err(e) => return Err(damaged(format!("its text cannot be unpacked: {e}"))),
    };
    let mut xml = Vec::new();
    body.by_ref()
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| damaged(format!("its text cannot be unpacked: {e}")))?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(damaged("its text unpacks to more than Parallax reads".into()));
    }
    let xml = std::str::from_utf8(&xml).map_err(|e| damaged(format!("its text is not UTF-8 at byte {}", e.valid_up_to())))?;
    paragraphs(xml).map_err(|e| damaged(format!("its XML is damaged: {e}")))
}

/// The paragraphs of a WordprocessingML body.
fn paragraphs(xml: &str) -> Result<String, quick_xml::Error> {
    let mut reader = NsReader::from_str(xml);
    let mut out = String::new();
    let mut paragraph = String::new();
    let mut in_text = false;
    let mut fallback_depth = 0usize;
    loop {
        let (ns, event) = reader.read_resolved_event()?;
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

    /// A .docx package with `body` inside `<w:body>`, deflated as Word does.
    pub(crate) fn docx(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("[Content_Types].xml", options).unwrap();
        zip.write_all(b"<Types/>").unwrap();
        zip.start_file("word/document.xml", options).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
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

    #[test]
    fn other_packages_and_damage_are_named() {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("xl/workbook.xml", zip::write::SimpleFileOptions::default()).unwrap();
        let xlsx = zip.finish().unwrap().into_inner();
        assert_eq!(docx_text(&xlsx), Err(InputError::Binary { kind: ZIP_NOT_DOCX }));
        let e = docx_text(&docx("<w:p><w:t>unclosed</w:p>")).unwrap_err();
        assert!(e.to_string().starts_with("is not a Word document Parallax can read (its XML is damaged"), "{e}");
        let mut cut = docx("<w:p><w:t>x</w:t></w:p>");
        cut.truncate(cut.len() / 2);
        assert!(matches!(docx_text(&cut), Err(InputError::NotDocx(_))));
    }
}
