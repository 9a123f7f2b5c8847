/** The attachments feature's public face: the attachments slot that organisation, workshop and area pages embed. */
export { Attachments } from './Attachments'
