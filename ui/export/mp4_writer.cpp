#include "export/mp4_writer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <string>

#include "core/errors.h"
#include "export/export_error.h"
#include "export/output_target.h"

namespace ebmui {
namespace {

std::string ffmpegText(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

}  // namespace

struct Mp4Writer::Impl {
  OutputTarget target;
  int width, height;
  AVFormatContext* format = nullptr;
  AVCodecContext* codec = nullptr;
  AVStream* stream = nullptr;
  SwsContext* scaler = nullptr;
  AVFrame* picture = nullptr;
  AVPacket* packet = nullptr;
  std::int64_t nextPts = 0;

  Impl(const std::filesystem::path& destination, int w, int h)
      : target(destination, OutputTarget::Kind::File), width(w), height(h) {}

  // Without finish(): the file is abandoned (no trailer), and the target removes it.
  ~Impl() {
    if (format && format->pb) avio_closep(&format->pb);
    avformat_free_context(format);
    avcodec_free_context(&codec);
    sws_freeContext(scaler);
    av_frame_free(&picture);
    av_packet_free(&packet);
  }

  // A write error from FFmpeg: errno-like codes (a full disk, a vanished folder) get the teacher's sentence.
  [[noreturn]] void fail(const std::string& what, int code) const {
    const int errorNumber = AVUNERROR(code);
    if (code < 0 && errorNumber > 0 && errorNumber < 4096) {
      throw ExportError(ebm::writeFailure(target.destination(), errorNumber));
    }
    throw ExportError("The video could not be " + what + ": " + ffmpegText(code) + ".");
  }

  void open(int framesPerSecond) {
    // FFmpeg's own log (x264's statistics, muxer complaints) would mix with the progress lines and messages
    // on stderr; every failure reaches the teacher as an ExportError instead.
    av_log_set_level(AV_LOG_QUIET);
    const AVCodec* h264 = avcodec_find_encoder_by_name("libx264");
    if (!h264) h264 = avcodec_find_encoder(AV_CODEC_ID_H264);
    if (!h264) {
      throw ExportError("This FFmpeg has no H.264 encoder; install libavcodec with libx264, or export GIF.");
    }
    const std::string path = target.temporaryPath().string();
    int code = avformat_alloc_output_context2(&format, nullptr, "mp4", path.c_str());
    if (code < 0 || !format) fail("created", code);
    codec = avcodec_alloc_context3(h264);
    codec->width = width;
    codec->height = height;
    codec->time_base = AVRational{1, framesPerSecond};
    codec->framerate = AVRational{framesPerSecond, 1};
    codec->pix_fmt = AV_PIX_FMT_YUV420P;
    codec->gop_size = 2 * framesPerSecond;  // a key frame every 2 s: slide programs seek quickly
    codec->color_range = AVCOL_RANGE_MPEG;
    codec->colorspace = AVCOL_SPC_BT709;
    codec->color_primaries = AVCOL_PRI_BT709;
    codec->color_trc = AVCOL_TRC_BT709;
    codec->thread_count = 0;
    if (format->oformat->flags & AVFMT_GLOBALHEADER) codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* options = nullptr;
    // Rendered pictures (flat colours, sharp lines, small dots) stay crisp at CRF 20; "veryfast" keeps up
    // with the renderer on two cores, and tune=animation suits large flat areas.
    av_dict_set(&options, "preset", "veryfast", 0);
    av_dict_set(&options, "crf", "20", 0);
    av_dict_set(&options, "tune", "animation", 0);
    av_dict_set(&options, "profile", "high", 0);
    code = avcodec_open2(codec, h264, &options);
    av_dict_free(&options);
    if (code < 0) fail("encoded with these settings", code);

    stream = avformat_new_stream(format, nullptr);
    if (!stream) fail("created", AVERROR(ENOMEM));
    stream->time_base = codec->time_base;
    stream->avg_frame_rate = codec->framerate;
    code = avcodec_parameters_from_context(stream->codecpar, codec);
    if (code < 0) fail("created", code);

    code = avio_open(&format->pb, path.c_str(), AVIO_FLAG_WRITE);
    if (code < 0) fail("written", code);
    AVDictionary* muxing = nullptr;
    av_dict_set(&muxing, "movflags", "+faststart", 0);
    code = avformat_write_header(format, &muxing);
    av_dict_free(&muxing);
    if (code < 0) fail("written", code);

    scaler = sws_getContext(width, height, AV_PIX_FMT_RGB24, width, height, AV_PIX_FMT_YUV420P,
                            SWS_BICUBIC | SWS_ACCURATE_RND, nullptr, nullptr, nullptr);
    if (!scaler) fail("converted to YUV", AVERROR(EINVAL));
    // Full-range RGB in, limited-range BT.709 out: what players assume for HD video.
    sws_setColorspaceDetails(scaler, sws_getCoefficients(SWS_CS_DEFAULT), 1,
                             sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
    picture = av_frame_alloc();
    packet = av_packet_alloc();
    if (!picture || !packet) fail("encoded", AVERROR(ENOMEM));
    picture->format = AV_PIX_FMT_YUV420P;
    picture->width = width;
    picture->height = height;
    code = av_frame_get_buffer(picture, 0);
    if (code < 0) fail("encoded", code);
  }

  // Sends one picture (or nullptr to flush) and writes every packet the encoder has ready.
  void encode(const AVFrame* frame) {
    int code = avcodec_send_frame(codec, frame);
    if (code < 0) fail("encoded", code);
    while (true) {
      code = avcodec_receive_packet(codec, packet);
      if (code == AVERROR(EAGAIN) || code == AVERROR_EOF) return;
      if (code < 0) fail("encoded", code);
      packet->duration = 1;  // one frame, in the codec's 1/fps time base: the last frame lasts 1/fps too
      av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
      packet->stream_index = stream->index;
      code = av_interleaved_write_frame(format, packet);
      if (code < 0) fail("written", code);
    }
  }
};

Mp4Writer::Mp4Writer(const std::filesystem::path& destination, int width, int height, int framesPerSecond) {
  if (width % 2 != 0 || height % 2 != 0 || width < 16 || height < 16) {
    throw ebm::ArgumentError(
        "An MP4 video needs an even width and height of at least 16 pixels (e.g. 1920×1080).");
  }
  if (framesPerSecond < 1) throw ebm::ArgumentError("The frame rate must be at least 1 frame per second.");
  d_ = std::make_unique<Impl>(destination, width, height);
  d_->open(framesPerSecond);
}

Mp4Writer::~Mp4Writer() = default;

void Mp4Writer::write(const RgbImage& frame) {
  Impl& d = *d_;
  if (frame.width != d.width || frame.height != d.height) {
    throw ExportError("A frame of the wrong size reached the video encoder.");
  }
  const int code = av_frame_make_writable(d.picture);
  if (code < 0) d.fail("encoded", code);
  // The image is stored bottom-up: start at its top row and walk with a negative stride.
  const std::uint8_t* source[1] = {frame.rowFromTop(0)};
  const int sourceStride[1] = {-frame.stride()};
  sws_scale(d.scaler, source, sourceStride, 0, d.height, d.picture->data, d.picture->linesize);
  d.picture->pts = d.nextPts++;
  d.encode(d.picture);
}

void Mp4Writer::finish() {
  Impl& d = *d_;
  d.encode(nullptr);
  int code = av_write_trailer(d.format);
  if (code < 0) d.fail("written", code);
  code = avio_closep(&d.format->pb);
  if (code < 0) d.fail("written", code);
  d.target.commit();
}

}  // namespace ebmui
