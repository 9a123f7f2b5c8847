/** The settings feature's public face: its page's route. */
export { settingsRoutes } from './routes'
