/** The sample portfolio's public face: the button that loads it (first start, empty register). */
export { LoadSampleButton } from './LoadSampleButton'
