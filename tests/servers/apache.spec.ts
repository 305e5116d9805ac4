import { serverJourneys } from './journeys';
import { APACHE } from './servers';

// The built site behind Apache httpd, with the generated dist/.htaccess.
serverJourneys(APACHE);
