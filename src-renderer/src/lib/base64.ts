/** Base64 to and from bytes: how file contents cross the IPC contract, which carries text only. */

/** Base64 to bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Bytes to base64, in slices: spreading a whole large file into fromCharCode overflows the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** Reads a File as base64 (for uploads to main in the browser harness and for dropped files). */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()))
}

/** Hands a file from main to the browser as a download (the browser harness has no save dialog). */
export function downloadBase64(fileName: string, base64: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }))
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  doc.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Starts the download of a file main offers at a same-origin URL (the browser harness's exports). */
export function downloadUrl(fileName: string, url: string, doc: Document = document): void {
  const link = doc.createElement('a')
  link.href = url
  link.download = fileName
  doc.body.append(link)
  link.click()
  link.remove()
}
