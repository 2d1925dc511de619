//! A Word document (.docx) to its text, one paragraph per Word paragraph.
//!
//! A .docx is a ZIP package whose `word/document.xml` holds the body: the
//! text is in `<w:t>` elements inside paragraphs (`<w:p>`), with `<w:tab/>`
//! and `<w:br/>` between. rawzip finds the part, miniz_oxide inflates it
//! and quick-xml reads it; the walk over the elements is written here
//! because docx-rs, the crate made for .docx, reads every style, numbering
//! and image as well and adds about 300 KB gzipped to a wasm build
//! (measured; these three add about 20 KB), for the same text. Deleted
//! revisions (`<w:delText>`) and field codes are not text and are left
//! out; text boxes are kept once.

use quick_xml::events::{BytesRef, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;
use rawzip::{CompressionMethod, ZipArchive, ZipVerification};

use super::text::ZIP_NOT_DOCX;
use super::InputError;

/// WordprocessingML, in its transitional and strict namespaces.
const WORD: &[&[u8]] =
    &[b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"];

/// Markup compatibility: `mc:Fallback` repeats what `mc:Choice` holds.
const COMPATIBILITY: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Largest unpacked body read, so a crafted file cannot unpack gigabytes.
const MAX_XML_BYTES: usize = 64 << 20;

/// The text of a .docx file, paragraphs separated by a blank line.
pub fn docx_text(bytes: &[u8]) -> Result<String, InputError> {
    let xml = document_xml(bytes)?;
    let xml = std::str::from_utf8(&xml)
        .map_err(|e| InputError::NotDocx(format!("its text is not UTF-8 at byte {}", e.valid_up_to())))?;
    paragraphs(xml).map_err(|e| InputError::NotDocx(format!("its XML is damaged: {e}")))
}

/// The unpacked `word/document.xml`, checked against its checksum.
fn document_xml(bytes: &[u8]) -> Result<Vec<u8>, InputError> {
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
    let entry = archive.get_entry(header.wayfinder()).map_err(damaged)?;
    let xml = match header.compression_method() {
        CompressionMethod::STORE => entry.data().to_vec(),
        CompressionMethod::DEFLATE => miniz_oxide::inflate::decompress_to_vec_with_limit(entry.data(), MAX_XML_BYTES)
            .map_err(|e| InputError::NotDocx(format!("its text cannot be unpacked ({:?})", e.status)))?,
        other => {
            let why = format!("its text is packed with a method Parallax does not read ({other:?})");
            return Err(InputError::NotDocx(why));
        }
    };
    let unpacked = ZipVerification { crc: rawzip::crc32(&xml), uncompressed_size: xml.len() as u64 };
    entry.claim_verifier().valid(unpacked).map_err(damaged)?;
    Ok(xml)
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
