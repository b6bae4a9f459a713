namespace AnimPlatform.Core.Video;

/// <summary>ffmpeg could not be started or did not produce the video; the message says why.</summary>
public sealed class VideoEncodingException(string message, Exception? inner = null) : Exception(message, inner);
