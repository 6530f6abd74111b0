#pragma once

// Does an image decode? What a viewer reads before it shows a pixel, checked without drawing one:
//
// - PNG (W3C PNG Specification, 3rd edition, sections 5 and 11): the signature, every chunk's
//   length, type and CRC-32, IHDR first with a valid size, bit depth and colour type, PLTE where
//   the colour type needs one, the IDAT chunks together, IEND last, no unknown critical chunk;
//   and the image data inflated (zlib) to exactly the bytes its rows need, filter bytes valid.
// - JPEG (ITU-T T.81, Annex B): SOI, then marker segments with their lengths, a frame header
//   (SOFn) with its size and components, at least one scan (SOS) and its entropy-coded data,
//   and EOI at the end.
//
// Reads the file once, front to back, in bounded pieces; the inflated data is counted and
// dropped, and stops once it exceeds what the rows need: time and memory bounded by the file's
// size (a PNG cannot inflate past 1032 times its compressed bytes).

#include <QIODevice>
#include <QString>

namespace dd::quality {

struct ImageCheck {
    bool decodes = false;
    quint32 width = 0;
    quint32 height = 0;
    QString problem; // why a viewer could not show it, in words; empty when it decodes
};

// device: open for reading, at its start.
ImageCheck checkPng(QIODevice &device);
ImageCheck checkJpeg(QIODevice &device);

} // namespace dd::quality
