#include "export/png_frames_writer.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>

#include "export/export_error.h"
#include "export/output_target.h"

namespace ebmui {

QByteArray encodePng(const RgbImage& image) {
  // QImage wants top-down rows: point it at the bottom-up buffer and let mirrored() copy it the right way up.
  const QImage upsideDown(image.pixels.data(), image.width, image.height, image.stride(),
                          QImage::Format_RGB888);
  const QImage picture = upsideDown.mirrored(false, true);
  QByteArray encoded;
  QBuffer buffer(&encoded);
  buffer.open(QIODevice::WriteOnly);
  QImageWriter png(&buffer, "png");
  png.setQuality(60);  // Qt maps quality q to zlib level (100 − q)·9/91
  if (!png.write(picture)) {
    throw ExportError("A picture could not be encoded as PNG: " + png.errorString().toStdString());
  }
  return encoded;
}

struct PngFramesWriter::Impl {
  explicit Impl(const std::filesystem::path& destination) : target(destination, OutputTarget::Kind::Folder) {}
  OutputTarget target;
  int frames = 0;
  QByteArray encoded;
};

PngFramesWriter::PngFramesWriter(const std::filesystem::path& destination)
    : d_(std::make_unique<Impl>(destination)) {}

PngFramesWriter::~PngFramesWriter() = default;

void PngFramesWriter::write(const RgbImage& frame) {
  Impl& d = *d_;
  d.encoded = encodePng(frame);
  writeBytes(d.target.temporaryPath() / frameFileName(d.frames), d.encoded.constData(),
             std::size_t(d.encoded.size()), d.target.destination());
  ++d.frames;
}

void PngFramesWriter::finish() {
  d_->target.commit();
}

}  // namespace ebmui
