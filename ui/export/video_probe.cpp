#include "export/video_probe.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <memory>

#include "export/export_error.h"

namespace ebmui {
namespace {

struct Decoder {
  AVFormatContext* format = nullptr;
  AVCodecContext* codec = nullptr;
  AVPacket* packet = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  SwsContext* scaler = nullptr;
  ~Decoder() {
    sws_freeContext(scaler);
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&codec);
    avformat_close_input(&format);
  }
};

std::int64_t durationOf(const AVFrame* frame) {
#if LIBAVUTIL_VERSION_MAJOR >= 58
  return frame->duration;
#else
  return frame->pkt_duration;
#endif
}

void toRgb(Decoder& d, RgbImage& image) {
  image.resize(d.frame->width, d.frame->height);
  d.scaler = sws_getCachedContext(d.scaler, d.frame->width, d.frame->height, AVPixelFormat(d.frame->format),
                                  d.frame->width, d.frame->height, AV_PIX_FMT_RGB24, SWS_POINT, nullptr,
                                  nullptr, nullptr);
  if (!d.scaler) throw ExportError("A decoded frame could not be converted to RGB.");
  // The image keeps its rows bottom-up: write from its top row with a negative stride.
  std::uint8_t* target[4] = {image.rowFromTop(0), nullptr, nullptr, nullptr};
  const int targetStride[4] = {-image.stride(), 0, 0, 0};
  sws_scale(d.scaler, d.frame->data, d.frame->linesize, 0, d.frame->height, target, targetStride);
}

}  // namespace

VideoProbe probeVideo(const std::string& path, const std::vector<int>& keep) {
  Decoder d;
  if (!d.packet || !d.frame) throw ExportError("Out of memory while reading \"" + path + "\".");
  if (avformat_open_input(&d.format, path.c_str(), nullptr, nullptr) < 0 ||
      avformat_find_stream_info(d.format, nullptr) < 0) {
    throw ExportError("\"" + path + "\" cannot be read as a video.");
  }
  const AVCodec* decoder = nullptr;
  const int index = av_find_best_stream(d.format, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
  if (index < 0 || !decoder) throw ExportError("\"" + path + "\" holds no video stream.");
  const AVStream* stream = d.format->streams[index];
  d.codec = avcodec_alloc_context3(decoder);
  if (!d.codec || avcodec_parameters_to_context(d.codec, stream->codecpar) < 0 ||
      avcodec_open2(d.codec, decoder, nullptr) < 0) {
    throw ExportError("The video in \"" + path + "\" cannot be decoded.");
  }

  VideoProbe probe;
  probe.codec = decoder->name;
  probe.width = stream->codecpar->width;
  probe.height = stream->codecpar->height;
  if (stream->avg_frame_rate.den > 0) probe.framesPerSecond = av_q2d(stream->avg_frame_rate);
  const bool keepLast = std::find(keep.begin(), keep.end(), -1) != keep.end();
  RgbImage last;
  std::int64_t end = 0;
  auto drain = [&] {
    while (avcodec_receive_frame(d.codec, d.frame) == 0) {
      const std::int64_t start =
          d.frame->best_effort_timestamp != AV_NOPTS_VALUE ? d.frame->best_effort_timestamp : 0;
      end = std::max(end, start + durationOf(d.frame));
      if (std::find(keep.begin(), keep.end(), probe.frames) != keep.end()) {
        probe.images.emplace_back();
        toRgb(d, probe.images.back());
      }
      if (keepLast) toRgb(d, last);
      ++probe.frames;
      av_frame_unref(d.frame);
    }
  };
  while (av_read_frame(d.format, d.packet) >= 0) {
    if (d.packet->stream_index == index) {
      if (avcodec_send_packet(d.codec, d.packet) < 0) {
        av_packet_unref(d.packet);
        throw ExportError("The video in \"" + path + "\" is damaged.");
      }
      drain();
    }
    av_packet_unref(d.packet);
  }
  avcodec_send_packet(d.codec, nullptr);
  drain();
  probe.durationSeconds = double(end) * av_q2d(stream->time_base);
  if (keepLast && probe.frames > 0) probe.images.push_back(std::move(last));
  return probe;
}

}  // namespace ebmui
